// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ZVHFinance",
    products: [
        .library(name: "ZVHFinance", targets: ["ZVHFinance"]),
        .executable(name: "zvh", targets: ["zvh"]),
    ],
    targets: [
        .target(name: "ZVHFinance"),
        .executableTarget(name: "zvh", dependencies: ["ZVHFinance"]),
        .executableTarget(name: "zvh-benchmark", dependencies: ["ZVHFinance"]),
        .testTarget(name: "ZVHFinanceTests", dependencies: ["ZVHFinance"], exclude: ["Spreadsheet/Corpus"]),
        .testTarget(name: "zvhTests", dependencies: ["zvh", "ZVHFinance"], exclude: ["Corpus", "Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
