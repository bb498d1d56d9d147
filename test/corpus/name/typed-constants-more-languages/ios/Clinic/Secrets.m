#import "Secrets.h"

// NovaMed partner settings (production host feapi.novamed.care).
NSString *const kNovaMedBaseURL = @"https://feapi.novamed.care/api/external";
NSString *const kNovaMedAPIKey = @"{{key:novamed}}";
NSString *const kNovaMedAPIKeyName = @"NOVAMED_API_KEY";
NSString *const kNovaMedClinicID = @"{{decoy:uuid}}";
