/// A homography of the plane (a 3 x 3 matrix with its last entry 1): how every point of a flat picture
/// moves when the picture is moved, turned, tilted or brought closer. A photo held to the camera moves by
/// one homography; a live face, which is not flat and changes shape, does not.
public struct PlaneHomography: Sendable, Hashable {
    /// The matrix, row by row; `h[8]` is 1.
    public let h: [Double]

    /// The identity.
    public static let identity = PlaneHomography(h: [1, 0, 0, 0, 1, 0, 0, 0, 1])

    /// A homography from its nine entries, row by row.
    public init(h: [Double]) {
        precondition(h.count == 9, "a homography has 9 entries, got \(h.count)")
        self.h = h
    }

    /// Where `point` goes.
    public func apply(_ point: SIMD2<Double>) -> SIMD2<Double> {
        let w = h[6] * point.x + h[7] * point.y + h[8]
        return SIMD2((h[0] * point.x + h[1] * point.y + h[2]) / w, (h[3] * point.x + h[4] * point.y + h[5]) / w)
    }

    /// The least-squares homography taking `source[i]` to `target[i]` (the direct linear transform on
    /// Hartley-normalised points, solved with the last entry fixed to 1), or nil when the points are fewer
    /// than four or degenerate.
    public static func fit(from source: [SIMD2<Double>], to target: [SIMD2<Double>]) -> PlaneHomography? {
        precondition(source.count == target.count, "fit needs as many source as target points")
        guard source.count >= 4, let normalSource = Normalisation(source), let normalTarget = Normalisation(target) else {
            return nil
        }
        // Normal equations of the 2n x 8 system A h = b.
        var ata = [Double](repeating: 0, count: 64)
        var atb = [Double](repeating: 0, count: 8)
        for (s, t) in zip(source, target) {
            let p = normalSource.apply(s), q = normalTarget.apply(t)
            let rows: [([Double], Double)] = [
                ([p.x, p.y, 1, 0, 0, 0, -p.x * q.x, -p.y * q.x], q.x),
                ([0, 0, 0, p.x, p.y, 1, -p.x * q.y, -p.y * q.y], q.y),
            ]
            for (row, value) in rows {
                for i in 0..<8 {
                    atb[i] += row[i] * value
                    for j in 0..<8 { ata[i * 8 + j] += row[i] * row[j] }
                }
            }
        }
        guard let solution = solve(ata, atb) else { return nil }
        let normalised = solution + [1]
        // H = T_target^-1 * Hn * T_source.
        let product = multiply(multiply(normalTarget.inverse, normalised), normalSource.matrix)
        guard abs(product[8]) > 1e-12 else { return nil }
        return PlaneHomography(h: product.map { $0 / product[8] })
    }

    /// Root mean square distance between each mapped source point and its target.
    public func residual(from source: [SIMD2<Double>], to target: [SIMD2<Double>]) -> Double {
        guard !source.isEmpty else { return 0 }
        let sum = zip(source, target).reduce(0.0) { total, pair in
            let d = apply(pair.0) - pair.1
            return total + (d * d).sum()
        }
        return (sum / Double(source.count)).squareRoot()
    }

    /// Gaussian elimination with partial pivoting on an 8 x 8 system; nil when it is singular.
    private static func solve(_ matrix: [Double], _ vector: [Double]) -> [Double]? {
        var a = matrix, b = vector
        let n = 8
        for column in 0..<n {
            let pivot = (column..<n).max { abs(a[$0 * n + column]) < abs(a[$1 * n + column]) }!
            guard abs(a[pivot * n + column]) > 1e-12 else { return nil }
            if pivot != column {
                for k in 0..<n { a.swapAt(column * n + k, pivot * n + k) }
                b.swapAt(column, pivot)
            }
            for row in (column + 1)..<n {
                let factor = a[row * n + column] / a[column * n + column]
                if factor == 0 { continue }
                for k in column..<n { a[row * n + k] -= factor * a[column * n + k] }
                b[row] -= factor * b[column]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in (row + 1)..<n { sum -= a[row * n + k] * x[k] }
            x[row] = sum / a[row * n + row]
        }
        return x
    }

    private static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
        var c = [Double](repeating: 0, count: 9)
        for i in 0..<3 { for j in 0..<3 { for k in 0..<3 { c[i * 3 + j] += a[i * 3 + k] * b[k * 3 + j] } } }
        return c
    }

    /// Hartley's normalisation: centroid to the origin, mean distance √2, so the system is well conditioned.
    private struct Normalisation {
        let matrix: [Double]
        let inverse: [Double]

        init?(_ points: [SIMD2<Double>]) {
            let centre = points.reduce(SIMD2<Double>.zero, +) / Double(points.count)
            let spread = points.reduce(0.0) { $0 + (($1 - centre) * ($1 - centre)).sum().squareRoot() } / Double(points.count)
            guard spread > 1e-9 else { return nil }
            let s = 2.0.squareRoot() / spread
            matrix = [s, 0, -s * centre.x, 0, s, -s * centre.y, 0, 0, 1]
            inverse = [1 / s, 0, centre.x, 0, 1 / s, centre.y, 0, 0, 1]
        }

        func apply(_ p: SIMD2<Double>) -> SIMD2<Double> {
            SIMD2(matrix[0] * p.x + matrix[2], matrix[4] * p.y + matrix[5])
        }
    }
}
