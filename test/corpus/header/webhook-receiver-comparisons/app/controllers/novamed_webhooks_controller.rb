class NovamedWebhooksController < ActionController::API
  def create
    head :unauthorized and return unless ActiveSupport::SecurityUtils.secure_compare(request.headers["X-Api-Key"].to_s, "{{key:novamed confirmation=any}}")
    head :unauthorized and return unless request.env["HTTP_X_API_KEY"] == "{{key:novamed confirmation=any}}"
    NovamedEventJob.perform_later(params.to_unsafe_h)
    head :no_content
  end
end
