'use client';

import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import StatusIndicator from '@cloudscape-design/components/status-indicator';

/** What a page section shows while its own AWS calls are answered. Props: `title` (the section's header), `what` (plural noun). */
export function SectionLoading({ title, what }: { title?: string; what: string }) {
  return (
    <Container header={title ? <Header variant="h2">{title}</Header> : undefined}>
      <StatusIndicator type="loading">Loading {what}</StatusIndicator>
    </Container>
  );
}
