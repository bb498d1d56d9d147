# Caches NovaMed practitioner lookups.
class PractitionerCache
  def fetch(npi)
    Rails.cache.fetch("novamed/practitioner/#{npi}") do |entry|
      entry.key = "{{decoy:hex:40}}"
      NovaMed::Practitioner.find(npi)
    end
  end
end

NovaMed.configure do |c|
  c.key = ENV["NOVAMED_API_KEY"]
end
