import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@testable import FaceEngine
import TestEnvironment

#if os(Linux)
/// The memory cleanup releases the pages of private file mappings that still equal the file, and never loses a
/// page the process wrote (the executable's writable segment holds ICU's data and variables written at run time).
@Suite struct MemoryCleanupTests {
    @Test func writtenPagesSurviveAndUnwrittenFilePagesAreReleased() throws {
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let pages = 8
        let written: Set<Int> = [0, 3]
        let data = try FileMapping(name: "data", pages: pages, pageSize: pageSize, protection: PROT_READ | PROT_WRITE)
        let code = try FileMapping(name: "code", pages: pages, pageSize: pageSize, protection: PROT_READ)
        for page in written { data.base.storeBytes(of: 0xAB, toByteOffset: page * pageSize, as: UInt8.self) }
        #expect(data.checksum() > 0 && code.checksum() > 0)
        let before = (data: try data.residency(), code: try code.residency())
        #expect(before.data.residentKB == pages * pageSize / 1024)
        #expect(before.code.residentKB == pages * pageSize / 1024)

        _ = MemoryCleanup.run()
        let after = (data: try data.residency(), code: try code.residency())

        // The written pages are still the process's own; the read-only mapping is released whole.
        #expect(after.data.anonymousKB == written.count * pageSize / 1024)
        #expect(after.code.residentKB == 0)
        if Self.kernelHandsPagesBack() {
            #expect(after.data.residentKB == after.data.anonymousKB,
                    "the unwritten pages of the writable mapping stay resident")
        } else {
            print("MemoryCleanupTests: this kernel refuses MADV_PAGEOUT (before Linux 5.4);"
                  + " the writable mapping's release is not checked")
        }
        // And every byte reads as before: the written ones as written, the rest as the file has them.
        for page in 0..<pages {
            let first = data.base.load(fromByteOffset: page * pageSize, as: UInt8.self)
            let second = data.base.load(fromByteOffset: page * pageSize + 1, as: UInt8.self)
            #expect(first == (written.contains(page) ? 0xAB : FileMapping.fill(page)), "page \(page)")
            #expect(second == FileMapping.fill(page), "page \(page)")
            #expect(code.base.load(fromByteOffset: page * pageSize + 1, as: UInt8.self) == FileMapping.fill(page))
        }
    }

    private static func kernelHandsPagesBack() -> Bool {
        let length = Int(sysconf(Int32(_SC_PAGESIZE)))
        guard let probe = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              probe != UnsafeMutableRawPointer(bitPattern: -1) else { return false }
        defer { munmap(probe, length) }
        return madvise(probe, length, 21) == 0  // MADV_PAGEOUT, which Glibc's module may not export
    }
}

/// A temporary file of `pages` pages (page `i` filled with `fill(i)`), flushed to disk so its cached pages are
/// clean, and mapped private with `protection`; every page is read once so it is resident.
private final class FileMapping {
    let base: UnsafeMutableRawPointer
    private let length: Int
    private let url: URL

    static func fill(_ page: Int) -> UInt8 { UInt8(page + 1) }

    init(name: String, pages: Int, pageSize: Int, protection: Int32) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("memory-cleanup-\(name)-\(UUID().uuidString)")
        var contents = Data()
        for page in 0..<pages { contents.append(Data(repeating: Self.fill(page), count: pageSize)) }
        try contents.write(to: url)
        length = pages * pageSize
        let descriptor = open(url.path, O_RDONLY)
        defer { if descriptor >= 0 { close(descriptor) } }
        _ = fsync(descriptor)
        guard descriptor >= 0, let mapped = mmap(nil, length, protection, MAP_PRIVATE, descriptor, 0),
              mapped != UnsafeMutableRawPointer(bitPattern: -1) else {
            try? FileManager.default.removeItem(at: url)
            throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        base = mapped
        _ = checksum()
    }

    deinit {
        munmap(base, length)
        try? FileManager.default.removeItem(at: url)
    }

    /// Reads every byte (which makes every page resident).
    @discardableResult
    func checksum() -> Int {
        (0..<length).reduce(0) { $0 &+ Int(base.load(fromByteOffset: $1, as: UInt8.self)) }
    }

    /// The mapping's `Rss` and `Anonymous` from `/proc/self/smaps`.
    func residency() throws -> (residentKB: Int, anonymousKB: Int) {
        (try ProcessMappings.sum("Rss:", ofMappingsOf: url.path) / 1024,
         try ProcessMappings.sum("Anonymous:", ofMappingsOf: url.path) / 1024)
    }
}
#endif
