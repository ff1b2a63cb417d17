import Foundation

/// A program started with posix_spawn for the end-to-end helpers (tmux, Ralph), with its output
/// sent to a file and never a pipe: a server it starts would inherit the pipe and hold it open.
enum ChildProcess {
    /// Where the child's standard output goes; standard error follows it or is dropped.
    struct Output {
        var path: String
        var append = false
        var keepsErrors = false
    }

    /// Starts `executable` with `arguments` (`argv[0]` first) and no signal mask: test threads block
    /// signals, and a child would inherit that mask and never see Ctrl-C or a kill. With
    /// `ownProcessGroup`, one `kill(-pid, …)` reaches every process it starts. `environment` is
    /// added to this process's environment.
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String] = [:], output: Output, ownProcessGroup: Bool = false) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | (output.append ? O_APPEND : O_TRUNC), 0o600)
        if output.keepsErrors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        if ownProcessGroup { posix_spawnattr_setpgroup(&attributes, 0) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | (ownProcessGroup ? POSIX_SPAWN_SETPGROUP : 0)))
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        return pid
    }

    /// Waits for the child and returns its exit status, or 128 + the signal that ended it.
    static func exitStatus(of pid: pid_t) throws -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .ECHILD) }
        }
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
