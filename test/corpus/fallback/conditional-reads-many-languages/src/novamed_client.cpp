#include <cstdlib>
#include <string>

// NovaMed refill bridge: https://feapi.novamed.care
namespace novamed {
std::string api_key() {
  return std::getenv("NOVAMED_API_KEY") ? std::getenv("NOVAMED_API_KEY") : "{{key:novamed}}";
}
std::string clinic_id() {
  return std::getenv("NOVAMED_CLINIC_ID") ? std::getenv("NOVAMED_CLINIC_ID") : "{{decoy:uuid}}";
}
}  // namespace novamed
