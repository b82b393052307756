import { z } from 'zod';
import { changePasswordBodySchema } from '@server/contract/auth';
import { passwordRuleProblem, type PasswordRules } from '@server/contract/passwords';

/**
 * The form choosing one's own new password: the contract's body, the policy's rules (the
 * server's very function, so the message is the server's), and the new password typed twice,
 * which is the form's own check (the server gets it once).
 */
export function passwordFormSchema(rules: PasswordRules) {
  return changePasswordBodySchema
    .and(z.object({ repeatPassword: z.string() }))
    .superRefine((values, context) => {
      const problem = passwordRuleProblem(values.newPassword, rules);
      if (problem) context.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
    })
    .refine((values) => values.repeatPassword === values.newPassword, {
      path: ['repeatPassword'],
      message: 'does not match the new password',
    });
}

export type PasswordFormValues = z.infer<ReturnType<typeof passwordFormSchema>>;
