import ArgumentParser
import Training

/// `--mode practice|assessment|supervision`.
extension PlayMode: ExpressibleByArgument {}
