// Runs in the browser before the portal's own client code (Next's instrumentation-client convention).
// zod, whose schemas some forms share with the server, probes `new Function("")` to compile fast parsers;
// under the Content-Security-Policy (no 'unsafe-eval') that probe is a reported violation. Browsers parse
// little, so zod's interpreter is enough there.
import { config } from "zod/v4/core";

config({ jitless: true });
