import KioskSync
import Synchronization

/// The running sync client, its background tasks, and the last state it published, readable without
/// awaiting the client's actor (the UI thread's snapshot cannot wait).
final class SyncLink: Sendable {
    let client: SyncClient
    private let latest = Mutex(SyncState())
    private let tasks = Mutex<[Task<Void, Never>]>([])

    init(client: SyncClient) {
        self.client = client
    }

    /// The state last published by the client.
    var state: SyncState { latest.withLock { $0 } }

    /// Records a state the client published.
    func update(_ state: SyncState) {
        latest.withLock { $0 = state }
    }

    /// Keeps a task to cancel at ``stop()``.
    func keep(_ task: Task<Void, Never>) {
        tasks.withLock { $0.append(task) }
    }

    /// Cancels the sync loop and the state observer (on quit).
    func stop() {
        for task in tasks.withLock({ $0 }) { task.cancel() }
    }
}
