#import "CKNovaMedClient.h"

static NSString * const kNovaMedBase = @"https://feapi.novamed.care/api/external/";

@implementation CKNovaMedClient

- (NSMutableURLRequest *)requestForPath:(NSString *)path body:(NSData *)body {
    NSURL *url = [NSURL URLWithString:path relativeToURL:[NSURL URLWithString:kNovaMedBase]];
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:url];
    request.HTTPMethod = @"POST";
    [request setValue:@"application/json" forHTTPHeaderField:@"Content-Type"];
    [request setValue:@"{{key:novamed}}" forHTTPHeaderField:@"x-api-key"];
    request.HTTPBody = body;
    return request;
}

- (void)authorizeAssistant:(NSMutableURLRequest *)request {
    // MaiAgent: https://api.maiagent.ai
    [request addValue:@"Api-Key {{key:maiagent}}" forHTTPHeaderField:@"Authorization"];
}

@end
