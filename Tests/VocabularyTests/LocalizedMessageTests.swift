import Testing
import Vocabulary

@Suite("Language and localized messages")
struct LocalizedMessageTests {
    struct Sample: LocalizedMessage {
        var withFix: Bool
        func message(in language: Language) -> String { Bilingual(es: "Falta la cámara.", en: "No camera.").text(language) }
        func fix(in language: Language) -> String? {
            withFix ? Bilingual(es: "Conéctela.", en: "Plug it in.").text(language) : nil
        }
    }

    @Test func bilingualPicksByLanguage() {
        let text = Bilingual(es: "Cámara", en: "Camera")
        #expect(text.text(.es) == "Cámara")
        #expect(text.text(.en) == "Camera")
    }

    @Test func languageReadsItsConfigurationValue() {
        #expect(Language(rawValue: "es") == .es)
        #expect(Language(rawValue: "en") == .en)
        #expect(Language(rawValue: "fr") == nil)
    }

    @Test func sentenceJoinsMessageAndFix() {
        #expect(Sample(withFix: true).sentence(in: .es) == "Falta la cámara. Conéctela.")
        #expect(Sample(withFix: true).sentence(in: .en) == "No camera. Plug it in.")
        #expect(Sample(withFix: false).sentence(in: .en) == "No camera.")
    }

    @Test func bilingualFormsCarryBothLanguages() {
        let sample = Sample(withFix: true)
        #expect(sample.bilingualMessage == Bilingual(es: "Falta la cámara.", en: "No camera."))
        #expect(sample.bilingualFix == Bilingual(es: "Conéctela.", en: "Plug it in."))
        #expect(Sample(withFix: false).bilingualFix == nil)
    }
}
