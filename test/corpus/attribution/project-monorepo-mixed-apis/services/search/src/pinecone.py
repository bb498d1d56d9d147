from pinecone import Pinecone

pc = Pinecone(api_key="{{fake:pcsk}}")
index = pc.Index("clinic-notes")
