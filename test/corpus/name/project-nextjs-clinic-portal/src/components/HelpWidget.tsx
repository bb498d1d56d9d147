'use client';

export function HelpWidget() {
  return (
    <div
      id="maiagent-chat"
      data-widget-id={process.env.NEXT_PUBLIC_MAIAGENT_WIDGET_ID}
      data-api-key={process.env.NEXT_PUBLIC_MAIAGENT_API_KEY}
    />
  );
}
