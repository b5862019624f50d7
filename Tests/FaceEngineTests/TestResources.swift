import Foundation
import Testing

@testable import FaceEngine
import Vocabulary

/// Paths of the fetched models and photos, found from this file's location (Tests/FaceEngineTests/…).
enum TestResources {
    static let repositoryRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static let modelsDirectory = repositoryRoot + "/models"
    static let photosDirectory = repositoryRoot + "/assets/photos"
    static let fixturesDirectory = repositoryRoot + "/Tests/FaceEngineTests/Fixtures"
    static let devSetDirectory = URL(fileURLWithPath: repositoryRoot + "/../shared/faces/dev").standardizedFileURL.path

    static let fetchHint = "models/ and assets/photos/ are fetched data: run `make test` or scripts/bootstrap first"

    static func photo(_ name: String) -> String { photosDirectory + "/" + name }

    /// The process's models; records an issue naming the fix when they cannot load.
    static func models() throws -> FaceModels {
        do {
            return try FaceModels.load(directory: modelsDirectory)
        } catch {
            Issue.record("cannot load the models (\(error)); \(fetchHint)")
            throw error
        }
    }

    /// Decodes a test photo; records an issue naming the fix when it is absent.
    static func image(_ name: String) throws -> RGBImage {
        do {
            return try RGBImage(contentsOfFile: photo(name))
        } catch {
            Issue.record("cannot read \(name) (\(error)); \(fetchHint)")
            throw error
        }
    }
}
