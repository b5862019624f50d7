import Testing

@testable import FaceEngine
@testable import KioskBenchmarks

/// The gallery's search equals exact brute force, and the decision rules.
@Suite struct GalleryTests {
    /// Exact brute force: each employee's nearest template, the best two employees.
    private func bruteForce(_ templates: [FaceTemplate], _ query: Embedding) -> (String, Float, String?, Float?) {
        var nearest = [String: Float]()
        for template in templates {
            let distance = template.embedding.distance(to: query)
            nearest[template.employeeCode] = min(nearest[template.employeeCode] ?? .infinity, distance)
        }
        let ranked = nearest.sorted { $0.value < $1.value }
        return (ranked[0].key, ranked[0].value, ranked.count > 1 ? ranked[1].key : nil, ranked.count > 1 ? ranked[1].value : nil)
    }

    private func noisy(_ embedding: Embedding, _ amount: Float, _ random: inout SplitMix64) -> Embedding {
        Embedding(values: embedding.values.map { $0 + Float.random(in: -amount...amount, using: &random) })
    }

    @Test(arguments: [(3_000, 10), (2_000, 1), (500, 250)])
    func searchEqualsBruteForce(templates count: Int, perEmployee: Int) {
        var random = SplitMix64(seed: UInt64(count * 31 + perEmployee))
        let templates = FaceBenchmark.randomTemplates(count: count, perEmployee: perEmployee, using: &random)
        let gallery = Gallery(templates: templates)
        #expect(gallery.templateCount == count)
        #expect(gallery.employeeCount == (count + perEmployee - 1) / perEmployee)
        for round in 0..<150 {
            // Near probes (an enrolled face seen again), far probes (a stranger), and in between.
            let base = templates[Int.random(in: 0..<count, using: &random)].embedding
            let query = switch round % 3 {
            case 0: noisy(base, 0.02, &random)
            case 1: FaceBenchmark.randomEmbedding(using: &random)
            default: noisy(base, 0.1, &random)
            }
            let expected = bruteForce(templates, query)
            let match = gallery.nearest(to: query)
            #expect(match?.employeeCode == expected.0)
            #expect(abs((match?.distance ?? -1) - expected.1) < 1e-5)
            #expect(match?.runnerUpCode == expected.2)
            #expect(abs((match?.runnerUpDistance ?? -1) - (expected.3 ?? -1)) < 1e-5)
        }
    }

    @Test func valuesOutsideTheGalleryRangeStillRankExactly() {
        var random = SplitMix64(seed: 7)
        let templates = FaceBenchmark.randomTemplates(count: 400, perEmployee: 4, using: &random)
        let gallery = Gallery(templates: templates)
        // A probe with values far beyond every template's: its int8 copy clamps, the bound must widen.
        let query = Embedding(values: (0..<Embedding.length).map { _ in Float.random(in: -2...2, using: &random) })
        let expected = bruteForce(templates, query)
        #expect(gallery.nearest(to: query)?.employeeCode == expected.0)
        #expect(gallery.nearest(to: query)?.runnerUpCode == expected.2)
    }

    @Test func emptyAndSingleEmployeeGalleries() {
        var random = SplitMix64(seed: 3)
        let probe = FaceBenchmark.randomEmbedding(using: &random)
        #expect(Gallery().nearest(to: probe) == nil)
        let single = Gallery(templates: [FaceTemplate(employeeCode: "A", embedding: probe),
                                         FaceTemplate(employeeCode: "A", embedding: FaceBenchmark.randomEmbedding(using: &random))])
        let match = single.nearest(to: probe)
        #expect(match?.employeeCode == "A")
        #expect(match?.distance == 0)
        #expect(match?.runnerUpCode == nil)
        #expect(match?.runnerUpDistance == nil)
    }

    @Test func decisionRules() {
        let policy = MatchPolicy(threshold: 0.5, margin: 0.05)
        #expect(policy.decide(nil) == .emptyGallery)
        #expect(policy.decide(GalleryMatch(employeeCode: "A", distance: 0.3, runnerUpCode: "B", runnerUpDistance: 0.7))
                == .accepted(employeeCode: "A", distance: 0.3))
        #expect(policy.decide(GalleryMatch(employeeCode: "A", distance: 0.5, runnerUpCode: nil, runnerUpDistance: nil))
                == .accepted(employeeCode: "A", distance: 0.5))
        #expect(policy.decide(GalleryMatch(employeeCode: "A", distance: 0.51, runnerUpCode: "B", runnerUpDistance: 0.9))
                == .tooFar(distance: 0.51))
        #expect(policy.decide(GalleryMatch(employeeCode: "A", distance: 0.40, runnerUpCode: "B", runnerUpDistance: 0.43))
                == .ambiguous(distance: 0.40, runnerUpDistance: 0.43))
        #expect(policy.decide(GalleryMatch(employeeCode: "A", distance: 0.25, runnerUpCode: "B", runnerUpDistance: 0.5)).employeeCode == "A")
        #expect(MatchDecision.tooFar(distance: 0.7).employeeCode == nil)
    }

    @Test func storeSwapsSnapshotsAtomically() {
        var random = SplitMix64(seed: 11)
        let first = Gallery(templates: FaceBenchmark.randomTemplates(count: 20, perEmployee: 2, using: &random))
        let store = GalleryStore(first)
        let snapshot = store.gallery
        let second = Gallery(templates: FaceBenchmark.randomTemplates(count: 30, perEmployee: 3, using: &random))
        store.replace(with: second)
        #expect(snapshot.templateCount == 20)
        #expect(store.gallery.templateCount == 30)
        #expect(store.gallery.employeeCodes == second.employeeCodes)
    }
}
