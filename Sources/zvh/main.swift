import Foundation

var standardOutput = StandardStream.output
var standardError = StandardStream.error
let status = ZVH.run(
    arguments: Array(CommandLine.arguments.dropFirst()), stdout: &standardOutput, stderr: &standardError,
    environment: Environment.current())
exit(status)
