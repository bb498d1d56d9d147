package care.clinic

object Seed {
    fun run(store: SecureStore) {
        store.save(value = "{{decoy:alnum:40}}", key = "last_sync_cursor")
        store.save(value = "{{decoy:alnum:40}}", key = "novamed_api_key_sha256")
        store.save(value = "{{key:novamed}}", key = "novamed_api_key")
    }
}
