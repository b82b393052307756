import { createRouter } from '../../context';
import * as eventHandlers from './security-events.handlers';
import * as eventRoutes from './security-events.routes';

/** The security administrators' routes: the security audit (read only). */
export const securityRouter = createRouter().openapi(eventRoutes.list, eventHandlers.list);
