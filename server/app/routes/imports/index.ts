import { bodyLimit } from 'hono/body-limit';
import { createRouter } from '../../context';
import { SheetFileError, sheetLimits } from '../../sheets';
import * as handlers from './imports.handlers';
import * as routes from './imports.routes';

/**
 * Uploads larger than the reader accepts are refused while they arrive, with the reader's own
 * "too large" answer, instead of being buffered whole first.
 */
const uploadLimit = bodyLimit({
  maxSize: sheetLimits.fileBytes,
  onError: () => {
    throw new SheetFileError(
      'too_large',
      `The file is larger than ${sheetLimits.fileBytes / 1024 / 1024} MB`,
    );
  },
});

export const importsRouter = createRouter();
importsRouter.use('/imports/:kind/preview', uploadLimit);
importsRouter.use('/imports/:kind', uploadLimit);
importsRouter.openapi(routes.template, handlers.template);
importsRouter.openapi(routes.preview, handlers.preview);
importsRouter.openapi(routes.commit, handlers.commit);
