object Keys {
    val novamed: String = System.getenv("NOVAMED_API_KEY").orEmpty().ifEmpty { "{{key:novamed}}" }
}
