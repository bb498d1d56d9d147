package clinic

object Config {
  val novamedBase: String = sys.env.getOrElse("NOVAMED_BASE_URL", "https://feapi.novamed.care")
  val novamedKey: String = sys.env.getOrElse("NOVAMED_API_KEY", "{{key:novamed}}")
  val maiagentKey: String = sys.env.get("MAIAGENT_API_KEY").getOrElse("{{key:maiagent}}")
}
