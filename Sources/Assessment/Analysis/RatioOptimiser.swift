/// Finds the path from the start to an ending with the highest (or lowest) weighted mean mark,
/// exactly, by Dinkelbach's method: each round is one dynamic-programming pass over the graph in
/// postorder (linear in nodes plus edges), and a handful of rounds settle the ratio.
struct RatioOptimiser {
    let graph: ScoreGraph

    struct Result {
        /// The weighted mean mark, 0 to 1.
        var ratio: Double
        /// The option taken at each decision node, from the start.
        var path: [(node: Int, option: Int)]
    }

    /// - Parameter weight: a decision node's weight; paths with total weight 0 do not count.
    func optimise(maximise: Bool, weight: (Int) -> Double) -> Result? {
        guard let start = graph.start else { return nil }
        let weights = graph.nodes.indices.map(weight)
        var lambda = maximise ? -1.0 : 2.0
        var result: Result?
        for _ in 0..<64 {
            guard let (value, path, numerator, denominator) = pass(start: start, lambda: lambda, weights: weights, maximise: maximise),
                  denominator > 1e-12 else { break }
            let improves = maximise ? value > 1e-12 : value < -1e-12
            guard improves else { break }
            lambda = numerator / denominator
            result = Result(ratio: lambda, path: path)
        }
        return result
    }

    /// One round: the best path for mark minus lambda, weighted, with its numerator and denominator.
    private func pass(start: Int, lambda: Double, weights: [Double], maximise: Bool)
        -> (value: Double, path: [(node: Int, option: Int)], numerator: Double, denominator: Double)? {
        let count = graph.nodes.count
        var value = [Double?](repeating: nil, count: count)
        var numerator = [Double](repeating: 0, count: count)
        var denominator = [Double](repeating: 0, count: count)
        var chosen = [Int](repeating: -1, count: count)
        for node in graph.postorder {
            if graph.isEnding(node) {
                value[node] = 0
                continue
            }
            let weight = weights[node]
            for (position, option) in graph.options[node].enumerated() {
                guard let rest = value[option.target] else { continue }
                let candidate = weight * (option.mark - lambda) + rest
                let better: Bool
                if let current = value[node] {
                    // Ties prefer the author's best option, so the best path follows the intended route.
                    better = maximise ? candidate > current + 1e-12 || (abs(candidate - current) <= 1e-12 && option.best && !graph.options[node][chosen[node]].best)
                                      : candidate < current - 1e-12
                } else {
                    better = true
                }
                if better {
                    value[node] = candidate
                    chosen[node] = position
                    numerator[node] = weight * option.mark + numerator[option.target]
                    denominator[node] = weight + denominator[option.target]
                }
            }
        }
        guard let total = value[start] else { return nil }
        var path: [(node: Int, option: Int)] = []
        var node = start
        while chosen[node] >= 0, path.count <= count {
            path.append((node, chosen[node]))
            node = graph.options[node][chosen[node]].target
        }
        return (total, path, numerator[start], denominator[start])
    }
}
