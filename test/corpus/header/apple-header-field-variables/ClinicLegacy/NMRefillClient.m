#import "NMRefillClient.h"

// Legacy refill client for https://feapi.novamed.care
static NSString *const kPartnerCredential = @"{{key:novamed}}";
static NSString *const kBuildTag = @"{{decoy:hex:20}}";

@implementation NMRefillClient

- (NSMutableURLRequest *)requestForPath:(NSString *)path {
    NSURL *url = [NSURL URLWithString:[@"https://feapi.novamed.care/api/external/" stringByAppendingString:path]];
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
    [request setValue:kPartnerCredential forHTTPHeaderField:@"x-api-key"];
    [request setValue:kBuildTag forHTTPHeaderField:@"x-build"];
    NSString *plistKey = [[NSBundle mainBundle] objectForInfoDictionaryKey:@"NovaMedSandboxKey"];
    [request addValue:plistKey forHTTPHeaderField:@"x-api-key-sandbox"];
    return request;
}

@end
