// next-auth's own endpoints (session, CSRF token, callbacks).
import { handlers } from "@/lib/auth/next-auth";

export const { GET, POST } = handlers;
