package clinic

import akka.http.scaladsl.model.headers.RawHeader
import sttp.client3._

object Partners {
  val novamedBase = uri"https://feapi.novamed.care/api/external/patient"

  def createPatient(json: String) =
    basicRequest
      .post(novamedBase)
      .header("x-api-key", "{{key:novamed}}")
      .body(json)

  val maiagentAuth = RawHeader("Authorization", "Api-Key {{key:maiagent}}")
  val maiagentBase = "https://api.maiagent.ai/api/v1/"
}
