// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets, one per loader, kept out of the root package so that `make test` and the
// release build never see sanitizer flags. Built by `Fuzz/run` (see docs/fuzzing.md).

// A path dependency's identity is its folder's name, which differs between clones and worktrees.
let root = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "SafeDrill")

func product(_ name: String) -> Target.Dependency { .product(name: name, package: root) }

let package = Package(
    name: "SafeDrillFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", product("ThresholdEngine")]),
        .executableTarget(name: "FuzzScenario", dependencies: ["FuzzSupport", product("ScenarioKit"), product("ThresholdEngine")]),
        .executableTarget(name: "FuzzPolicy", dependencies: ["FuzzSupport", product("ThresholdEngine")]),
        .executableTarget(name: "FuzzFacts", dependencies: ["FuzzSupport", product("ThresholdEngine")]),
        .executableTarget(name: "FuzzRubric", dependencies: ["FuzzSupport", product("Assessment"), product("ThresholdEngine")]),
    ]
)
