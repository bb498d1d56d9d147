#include "maiagent/client.hpp"

namespace clinic {

const maiagent::ClientOptions kOptions{"https://api.maiagent.ai/api/v1/", "{{key:maiagent}}"};
const char* kBuildId = "{{decoy:hex:20}}";

}  // namespace clinic
