// The baseline for the time-to-first-prompt benchmark: the least a Swift program linking
// Foundation does before it can show a prompt.
import Foundation

print("ready: \(ProcessInfo.processInfo.processName)")
fflush(stdout)
_ = readLine()
