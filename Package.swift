// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "SafeDrill",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ThresholdEngine", targets: ["ThresholdEngine"]),
        // For the fuzz targets in Fuzz/, which build against the loaders.
        .library(name: "ScenarioKit", targets: ["ScenarioKit"]),
        .library(name: "Assessment", targets: ["Assessment"]),
        .executable(name: "safedrill", targets: ["safedrill"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        // The service: only the traits it uses, so swift-configuration is not built.
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // The records store on PostgreSQL (`--db postgres://…`).
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // zlib: the deflated stored results, and GZIP for the W3C Bitstring Status List of voided credentials.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "ThresholdEngine",
            dependencies: [.product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(name: "ScenarioKit", dependencies: ["ThresholdEngine", .product(name: "Yams", package: "Yams")]),
        .target(name: "Assessment", dependencies: ["ScenarioKit", "ThresholdEngine", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "Reports",
            dependencies: ["Records", "Assessment", "ScenarioKit", "ThresholdEngine"]
        ),
        .target(
            name: "Records",
            dependencies: [
                "Assessment", "ScenarioKit", "ThresholdEngine", "CZlib",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Exports",
            dependencies: [
                "Records", "Assessment", "ScenarioKit", "ThresholdEngine",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Service",
            dependencies: [
                "ThresholdEngine", "Records", "Reports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.embedInCode("Resources/openapi.json")]
        ),
        // Attempt running (start, commit each answer, back, notes and overrides, finish, resume,
        // the modes' rules) with no terminal in it: the CLI only reads input and prints.
        .target(name: "Training", dependencies: ["Records", "Assessment", "ScenarioKit", "ThresholdEngine"]),
        .executableTarget(
            name: "safedrill",
            dependencies: [
                "CReadline", "ThresholdEngine", "ScenarioKit", "Assessment", "Records", "Training", "Exports", "Reports", "Service",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "safedrill-bench",
            dependencies: ["ThresholdEngine", "ScenarioKit", "Assessment", "Records", "Reports", .product(name: "Yams", package: "Yams")],
            path: "Benchmarks/Sources"
        ),
        .executableTarget(
            name: "safedrill-echo-baseline",
            dependencies: [.product(name: "Hummingbird", package: "hummingbird")],
            path: "Benchmarks/Baselines/Echo"
        ),
        // The minimal Foundation program the time-to-first-prompt benchmark compares with.
        // Swift 5 mode, as `swiftc` compiles a lone file: the program stays the least Foundation program.
        .executableTarget(name: "first-prompt-baseline", path: "Benchmarks/Baselines", exclude: ["Echo"], swiftSettings: [.swiftLanguageMode(.v5)]),
        .testTarget(name: "ThresholdEngineTests", dependencies: ["ThresholdEngine"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ScenarioKitTests", dependencies: ["ScenarioKit", "ThresholdEngine"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "AssessmentTests",
            dependencies: ["Assessment", "ScenarioKit", "ThresholdEngine", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "Records", "Assessment", "ScenarioKit", "ThresholdEngine"]),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "Assessment", "ScenarioKit", "ThresholdEngine"]),
        .testTarget(name: "ExportsTests", dependencies: ["Exports", "Records", "Assessment", "ScenarioKit", "ThresholdEngine"]),
        .testTarget(name: "EndToEndTests", dependencies: ["safedrill", "Exports"], exclude: ["Fixtures"]),
        .testTarget(name: "ServiceTests", dependencies: ["Service", "Records", "ThresholdEngine"]),
        .testTarget(
            name: "ReportsTests",
            dependencies: ["Reports", "Records", "Assessment", "ScenarioKit", "ThresholdEngine", .product(name: "Crypto", package: "swift-crypto")]
        ),
    ]
)
