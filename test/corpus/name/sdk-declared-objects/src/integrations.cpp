#include <memory>
#include "novamed/client.h"
#include "maiagent/client.h"

namespace clinic {

void Integrations::start() {
  NovaMedClient novamed("{{key:novamed}}");
  NovaMedClient sandbox(std::getenv("NOVAMED_API_KEY"));
  auto agent = std::make_unique<MaiAgentClient>("{{key:maiagent-opaque}}");
  auto local = std::make_unique<MaiAgentClient>("your-api-key-here");
  NovaMedClient fromConfig{config_.at("novamed_api_key")};
  NovaMedClient pinned("{{decoy:uuid}}");
}

}  // namespace clinic
