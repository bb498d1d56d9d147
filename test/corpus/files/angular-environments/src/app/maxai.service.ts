import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { environment } from '../environments/environment';

@Injectable({ providedIn: 'root' })
export class MaxAiService {
  constructor(private http: HttpClient) {}

  me() {
    const headers = new HttpHeaders({ Authorization: `Bearer ${environment.maxai.apiKey}` });
    return this.http.get(`${environment.maxai.apiUrl}/marketplace/me`, { headers });
  }
}
