import { Alert } from '@zendeskgarden/react-notifications';
import type { NoticeProps } from './Notice';

/** Garden's Alert for a first-screen notice (src/app/shell/Notice.tsx fetches it). */
export default function NoticeAlert({ type, title, paragraphs, children }: NoticeProps) {
  return (
    <Alert type={type}>
      <Alert.Title>{title}</Alert.Title>
      {paragraphs.map((p) => (
        <Alert.Paragraph key={p}>{p}</Alert.Paragraph>
      ))}
      {children}
    </Alert>
  );
}
