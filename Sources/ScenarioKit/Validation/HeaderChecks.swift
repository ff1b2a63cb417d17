import Foundation
import ThresholdEngine

extension ScenarioChecks {
    /// `SD051` id against the file name; `SD053` setting, audience and minutes.
    mutating func checkHeader() {
        let stem = URL(fileURLWithPath: scenario.path).deletingPathExtension().lastPathComponent
        if !scenario.id.isEmpty, scenario.id != stem {
            diagnostics.error(
                "SD051", "the scenario id '\(scenario.id)' differs from its file name '\(stem)'",
                hint: "rename the file to '\(scenario.id).yaml', or set 'id: \(stem)'", at: sourceMap.value("id"))
        }
        if !scenario.setting.isEmpty, !ScenarioVocabulary.settings.contains(scenario.setting) {
            diagnostics.error(
                "SD053", "unknown setting '\(scenario.setting)'",
                hint: Suggestion.hint(for: scenario.setting, in: ScenarioVocabulary.settings, noun: "the setting"), at: sourceMap.value("setting"))
        }
        for (index, audience) in scenario.audience.enumerated() where !ScenarioVocabulary.audiences.contains(audience) {
            diagnostics.error(
                "SD053", "unknown audience '\(audience)'",
                hint: Suggestion.hint(for: audience, in: ScenarioVocabulary.audiences, noun: "an audience"),
                at: index < sourceMap.audience.count ? sourceMap.audience[index] : sourceMap.value("audience"))
        }
        if let minutes = scenario.minutes, minutes <= 0 {
            diagnostics.error("SD056", "'minutes' must be more than 0", hint: "give the expected length in minutes, or leave 'minutes' out to have it estimated", at: sourceMap.value("minutes"))
        }
    }
}
