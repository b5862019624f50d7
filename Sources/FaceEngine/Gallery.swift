import CDlibFace

/// The enrolled faces, searched 1:N: many templates per employee, an immutable snapshot in contiguous
/// storage.
///
/// Besides the exact Float32 templates it keeps an int8 copy (a quarter of the memory traffic) and each
/// template's quantisation error. A search scans the int8 copy, then re-ranks exactly only the templates
/// whose error bounds let them reach the two best employees, so its answer equals an exact brute-force
/// search (see `fe_gallery_search`). Build a new gallery when the roster changes and publish it through
/// ``GalleryStore``.
///
/// For example:
///
/// ```swift
/// let gallery = Gallery(templates: [FaceTemplate(employeeCode: "E001", embedding: ana)])
/// if let match = gallery.nearest(to: probe) { print(match.employeeCode, match.distance) }
/// ```
public struct Gallery: Sendable {
    /// Employee codes, indexed by employee number.
    public let employeeCodes: [String]
    private let employeeOfTemplate: [Int32]
    private let vectors: [Float]
    private let codes: [Int8]
    private let residuals: [Float]
    private let scale: Float

    /// An empty gallery.
    public init() {
        self.init(templates: [])
    }

    /// A gallery of `templates` (several per employee allowed, in any order).
    public init(templates: [FaceTemplate]) {
        var employeeIndex = [String: Int32]()
        var employeeCodes = [String]()
        var employeeOfTemplate = [Int32]()
        var vectors = [Float]()
        employeeOfTemplate.reserveCapacity(templates.count)
        vectors.reserveCapacity(templates.count * Embedding.length)
        for template in templates {
            let index: Int32
            if let known = employeeIndex[template.employeeCode] {
                index = known
            } else {
                index = Int32(employeeCodes.count)
                employeeIndex[template.employeeCode] = index
                employeeCodes.append(template.employeeCode)
            }
            employeeOfTemplate.append(index)
            vectors.append(contentsOf: template.embedding.values)
        }
        let largest = vectors.reduce(Float(0)) { max($0, abs($1)) }
        let scale = largest > 0 ? 127 / largest : 1
        var codes = [Int8](repeating: 0, count: vectors.count)
        var residuals = [Float](repeating: 0, count: templates.count)
        for template in 0..<templates.count {
            var squared: Float = 0
            for element in 0..<Embedding.length {
                let position = template * Embedding.length + element
                let level = min(127, max(-127, (vectors[position] * scale).rounded()))
                codes[position] = Int8(level)
                let error = vectors[position] - level / scale
                squared += error * error
            }
            residuals[template] = squared.squareRoot()
        }
        self.employeeCodes = employeeCodes
        self.employeeOfTemplate = employeeOfTemplate
        self.vectors = vectors
        self.codes = codes
        self.residuals = residuals
        self.scale = scale
    }

    /// Number of templates.
    public var templateCount: Int { employeeOfTemplate.count }
    /// Number of distinct employees.
    public var employeeCount: Int { employeeCodes.count }

    /// The nearest employee and the runner-up employee for `query`, or nil when the gallery is empty.
    public func nearest(to query: Embedding) -> GalleryMatch? {
        guard templateCount > 0 else { return nil }
        var result = fe_gallery_result()
        codes.withUnsafeBufferPointer { codes in
            residuals.withUnsafeBufferPointer { residuals in
                vectors.withUnsafeBufferPointer { vectors in
                    employeeOfTemplate.withUnsafeBufferPointer { employees in
                        query.values.withUnsafeBufferPointer { query in
                            fe_gallery_search(codes.baseAddress, residuals.baseAddress, vectors.baseAddress,
                                              employees.baseAddress, templateCount, Embedding.length,
                                              Int32(employeeCount), scale, query.baseAddress, &result)
                        }
                    }
                }
            }
        }
        guard result.best_employee >= 0 else { return nil }
        let hasRunnerUp = result.second_employee >= 0
        return GalleryMatch(
            employeeCode: employeeCodes[Int(result.best_employee)],
            distance: result.best_distance,
            runnerUpCode: hasRunnerUp ? employeeCodes[Int(result.second_employee)] : nil,
            runnerUpDistance: hasRunnerUp ? result.second_distance : nil)
    }
}
