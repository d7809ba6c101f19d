import Foundation

// A reader that goes away (`zvh overzicht | head -1`) must end zvh quietly: with
// SIGPIPE ignored a write fails with EPIPE, which ends the output without a trace.
signal(SIGPIPE, SIG_IGN)
StandardStream.occupyClosedStandardDescriptors()

var standardOutput = StandardStream.output
var standardError = StandardStream.error
var status = ZVH.run(
    arguments: CommandLineArguments.current(), stdout: &standardOutput, stderr: &standardError,
    environment: Environment.current())
if let failure = standardOutput.failure, !standardOutput.isClosedByReader {
    standardError.write("zvh: fout: kan niet naar de standaarduitvoer schrijven (\(StandardStream.reason(failure)))\n")
    status = ExitCode.ioError
} else if let failure = standardError.failure, failure != EPIPE {
    status = ExitCode.ioError
}
exit(status)
