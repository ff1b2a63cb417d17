import ArgumentParser
import Foundation

/// Where the scenario library, the policy and the rubrics live. By default: `$SAFEDRILL_HOME`, else the
/// nearest folder holding `Scoring/thresholds.yaml` walking up from the current folder, then from the executable.
struct ResourceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder of scenario files.", valueName: "dir"))
    var scenarios: String?

    @Option(name: .long, help: ArgumentHelp("Threshold policy file.", valueName: "file"))
    var policy: String?

    /// The project folder holding `Scenarios/` and `Scoring/`.
    static var home: URL {
        let fileManager = FileManager.default
        if let env = ProcessInfo.processInfo.environment["SAFEDRILL_HOME"], !env.isEmpty { return URL(fileURLWithPath: env) }
        let starts = [
            URL(fileURLWithPath: fileManager.currentDirectoryPath),
            URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent(),
        ]
        for start in starts {
            var folder = start.standardizedFileURL
            for _ in 0..<8 {
                if fileManager.fileExists(atPath: folder.appendingPathComponent("Scoring/thresholds.yaml").path) { return folder }
                folder.deleteLastPathComponent()
            }
        }
        return starts[0]
    }

    var scenariosFolder: String { scenarios ?? Self.home.appendingPathComponent("Scenarios").path }
    var policyFile: String { policy ?? Self.home.appendingPathComponent("Scoring/thresholds.yaml").path }
    var scoringFolder: String { URL(fileURLWithPath: policyFile).deletingLastPathComponent().path }

    /// A path relative to the current folder when it is inside it: diagnostics stay short and clickable.
    static func display(_ path: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }
}
