import Foundation
@testable import DashboardCore

/// A small valid snapshot as text, and ways to break it one rule at a time.
/// Text (not a dictionary) so tests can write exactly the bytes a producer might:
/// `1e12`, `-0`, a key twice.
enum SnapshotFixture {
    static let generatedAt = "2025-04-07T18:00:00+05:00"
    static let now = Instant(rfc3339: generatedAt)!

    static let valid = """
    {
      "schema_version": 1,
      "generated_at": "2025-04-07T18:00:00+05:00",
      "timezone": "Asia/Karachi",
      "source": "Test fixture",
      "districts": [
        {
          "id": "kp-peshawar",
          "name": "Peshawar",
          "province": "Khyber Pakhtunkhwa",
          "camps": [
            {"id": "kp-peshawar-khazana", "name": "Khazana", "status": "open", "population": 14210, "households": 2380,
             "by_document": {"por": 11020, "acc": 2150, "undocumented": 1040}},
            {"id": "kp-peshawar-badaber", "name": "Badaber", "status": "denotified", "population": 9000, "denotified_on": "2025-03-01"}
          ]
        },
        {"id": "kp-kohat", "name": "Kohat", "province": "Khyber Pakhtunkhwa", "camps": [
            {"id": "kp-kohat-gamkol", "name": "Gamkol", "status": "closed", "population": 0}
        ]}
      ],
      "crossings": [
        {"date": "2025-04-06", "point": "Torkham", "total": 3120, "deported": 410, "families": 590,
         "by_document": {"por": 260, "acc": 1980, "undocumented": 880},
         "by_province": {"Khyber Pakhtunkhwa": 2010, "Punjab": 840, "Islamabad": 250, "Sindh": 20}},
        {"date": "2025-04-07", "point": "Torkham", "total": 1200},
        {"date": "2025-04-06", "point": "Chaman", "total": 800}
      ],
      "deadlines": [
        {"id": "ifrp-phase2-acc", "title": "ACC holders: end of voluntary return period", "due": "2025-03-31T23:59:59+05:00", "applies_to": "acc", "note": "Removals from 1 April."}
      ]
    }
    """

    /// The fixture with one piece of text replaced; fails loudly if the piece is not there,
    /// so a test can never pass by breaking nothing.
    static func replacing(_ original: String, with replacement: String, in text: String = valid) -> String {
        precondition(text.contains(original), "fixture has no \(original)")
        return text.replacingOccurrences(of: original, with: replacement)
    }

    static func decode(_ text: String, now: Instant = now) -> ValidationReport {
        SnapshotDecoder.decode(Array(text.utf8), now: now)
    }
}
