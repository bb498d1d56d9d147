#import "NMRequest.h"

#define NM_KEY @"{{key:novamed}}"
#define NM_SESSION @"{{decoy:uuid}}"

@implementation NMRequest

+ (NSMutableURLRequest *)practitioners {
    NSURL *url = [NSURL URLWithString:@"https://feapi.novamed.care/api/external/practitioner"];
    NSMutableURLRequest *req = [NSMutableURLRequest requestWithURL:url];
    [req setValue:NM_KEY forHTTPHeaderField:@"x-api-key"];
    [req setValue:NM_SESSION forHTTPHeaderField:@"x-session"];
    return req;
}

@end
