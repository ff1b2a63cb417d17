// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafeDrill",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ThresholdEngine", targets: ["ThresholdEngine"]),
        .executable(name: "safedrill", targets: ["safedrill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(
            name: "ThresholdEngine",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "ScenarioKit", dependencies: ["ThresholdEngine", .product(name: "Yams", package: "Yams")]),
        .target(name: "Assessment", dependencies: ["ScenarioKit", "ThresholdEngine", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Reports",
            dependencies: ["Records", "Assessment", "ScenarioKit", "ThresholdEngine", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "Records",
            dependencies: [
                "Assessment", "ScenarioKit", "ThresholdEngine",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Exports",
            dependencies: [
                "Records", "Assessment", "ScenarioKit", "ThresholdEngine",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "safedrill",
            dependencies: [
                "CReadline", "ThresholdEngine", "ScenarioKit", "Assessment", "Records", "Exports", "Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "safedrill-bench",
            dependencies: ["ThresholdEngine", "ScenarioKit", "Assessment", "Records", "Reports", .product(name: "Yams", package: "Yams")],
            path: "Benchmarks/Sources"
        ),
        // The minimal Foundation program the time-to-first-prompt benchmark compares with.
        // Swift 5 mode, as `swiftc` compiles a lone file: the program stays the least Foundation program.
        .executableTarget(name: "first-prompt-baseline", path: "Benchmarks/Baselines", swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(name: "ThresholdEngineTests", dependencies: ["ThresholdEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScenarioKitTests", dependencies: ["ScenarioKit", "ThresholdEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AssessmentTests", dependencies: ["Assessment", "ScenarioKit", "ThresholdEngine"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "Assessment", "ScenarioKit", "ThresholdEngine"]),
        .testTarget(name: "ExportsTests", dependencies: ["Exports", "Records", "Assessment", "ScenarioKit", "ThresholdEngine"]),
        .testTarget(name: "EndToEndTests", dependencies: ["safedrill", "Exports"], exclude: ["Fixtures"]),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Records", "Assessment", "ScenarioKit", "ThresholdEngine", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ]
)
