/// The changes found during one call, merged per file name so that several
/// events for one file (CREATE, CLOSE_WRITE, ATTRIB; or a rename out and back)
/// give one line, the last word winning. Names keep the order they were first
/// touched, so a burst of renames comes out in the order it happened.
struct ChangeBatch {
    private enum Outcome {
        case updated
        case removed
    }

    private var order: [String] = []
    private var entries: [String: (outcome: Outcome, wasKnown: Bool)] = [:]

    /// `wasKnown`: the caller had reported the file before this batch. Only its
    /// first mention counts: a file created and deleted within one batch was
    /// never reported, so its removal is not reported either.
    mutating func noteUpdated(_ name: String, wasKnown: Bool) {
        note(.updated, name, wasKnown: wasKnown)
    }

    mutating func noteRemoved(_ name: String, wasKnown: Bool) {
        note(.removed, name, wasKnown: wasKnown)
    }

    private mutating func note(_ outcome: Outcome, _ name: String, wasKnown: Bool) {
        if let existing = entries[name] {
            entries[name] = (outcome, existing.wasKnown)
        } else {
            order.append(name)
            entries[name] = (outcome, wasKnown)
        }
    }

    func changes(path: (String) -> String) -> [SnapshotSourceChange] {
        order.compactMap { name in
            guard let entry = entries[name] else { return nil }
            switch entry.outcome {
            case .updated: return .updated(path: path(name))
            case .removed: return entry.wasKnown ? .removed(path: path(name)) : nil
            }
        }
    }
}
