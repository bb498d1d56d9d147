import { Controller } from "@hotwired/stimulus"

const MAXAI_API_KEY = "{{key:maxai-prd policies=key-in-client-bundle}}"

export default class extends Controller {
  async ask() {
    await fetch("https://api.maxcare.ai/v1/assistant", { headers: { Authorization: `Bearer ${MAXAI_API_KEY}` } })
  }
}
