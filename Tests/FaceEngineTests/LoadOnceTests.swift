import Foundation
import Synchronization
import Testing

@testable import FaceEngine

/// Many concurrent callers share one load.
@Suite struct LoadOnceTests {
    /// Runs `body` on `count` plain threads at once and waits for them.
    private func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                body(index)
                group.leave()
            }.start()
        }
        group.wait()
    }

    @Test func concurrentCallersShareOneLoad() {
        let once = LoadOnce<Int>()
        let loads = Atomic<Int>(0)
        let results = Mutex<[Int]>([])
        onThreads(16) { index in
            let value = once.value { () -> Int in
                // Widen the window in which a broken guard would start a second load.
                Thread.sleep(forTimeInterval: 0.05)
                return 100 + loads.add(1, ordering: .relaxed).newValue
            }
            results.withLock { $0.append(value) }
        }
        #expect(loads.load(ordering: .relaxed) == 1)
        #expect(once.loadCount == 1)
        #expect(results.withLock { $0 } == Array(repeating: 101, count: 16))
    }

    @Test func failedLoadIsRetried() {
        struct Broken: Error {}
        let once = LoadOnce<Int>()
        #expect(throws: Broken.self) { try once.value { () throws(Broken) -> Int in throw Broken() } }
        #expect(once.loaded == nil)
        #expect(once.value { 7 } == 7)
        #expect(once.value { 8 } == 7)
        #expect(once.loadCount == 2)
    }

    @Test func faceModelsLoadOnceUnderConcurrentCallers() throws {
        let instances = Mutex<[ObjectIdentifier]>([])
        let failures = Mutex<[String]>([])
        onThreads(8) { _ in
            do {
                let models = try FaceModels.load(directory: TestResources.modelsDirectory)
                instances.withLock { $0.append(ObjectIdentifier(models)) }
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty, "\(TestResources.fetchHint)")
        let identities = instances.withLock { $0 }
        #expect(identities.count == 8)
        #expect(Set(identities).count == 1)
        #expect(FaceModels.loadCount == 1)
        let models = try TestResources.models()
        #expect(models.report.files.map(\.name).sorted() == ModelFile.allCases.map(\.fileName).sorted())
        print("model load: \(models.report.totalSeconds) s (verify \(models.report.verifySeconds) s, network \(models.report.descriptorNetworkSeconds) s, predictor \(models.report.shapePredictorSeconds) s, detector \(models.report.detectorSeconds) s)")
    }
}
