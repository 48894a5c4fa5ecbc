import 'styled-components';
import type { IGardenTheme } from '@zendeskgarden/react-theming';

// Garden's components read their theme through styled-components; type it as Garden's.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends IGardenTheme {}
}
