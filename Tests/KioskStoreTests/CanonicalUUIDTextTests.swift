import Foundation
import Testing

@testable import KioskStore

/// `UUID(canonicalText:)` (the day summary's reader of punch ids) reads what `UUID(uuidString:)` reads in the
/// canonical form, and nothing else.
@Suite struct CanonicalUUIDTextTests {
    @Test func readsTheCanonicalFormAsFoundationDoes() {
        for _ in 0..<200 {
            let text = UUID().uuidString
            for variant in [text, text.lowercased()] {
                #expect(UUID(canonicalText: variant) == UUID(uuidString: variant), "\(variant)")
                #expect(UUID(canonicalText: variant) != nil)
            }
        }
        #expect(UUID(canonicalText: "00000000-0000-0000-0000-000000000000") == UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
        #expect(UUID(canonicalText: "FFFFFFFF-ffff-FfFf-0123-456789abcdef")?.uuidString == "FFFFFFFF-FFFF-FFFF-0123-456789ABCDEF")
    }

    @Test func refusesEverythingElse() {
        let good = "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"
        let bad = [
            "", good.dropLast().description, good + "0", "E621E1F8C36C495A93FC0C247A3E6E5F",
            good.replacingOccurrences(of: "-", with: "_"), "G621E1F8-C36C-495A-93FC-0C247A3E6E5F",
            "E621E1F-8C36C-495A-93FC-0C247A3E6E5F", " 621E1F8-C36C-495A-93FC-0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5é",
        ]
        for text in bad { #expect(UUID(canonicalText: text) == nil, "\(text)") }
    }
}
