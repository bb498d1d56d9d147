package search;

import java.net.http.HttpRequest;
import java.net.URI;

class Pinecone {
    HttpRequest stats() {
        return HttpRequest.newBuilder(URI.create("https://clinic-notes-x1y2z3.svc.aped-4627-b74a.pinecone.io/describe_index_stats"))
                .header("Api-Key", "{{fake:pcsk}}")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }
}
