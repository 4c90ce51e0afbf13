import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '@/features/auth';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/api';

export function PasswordRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const required = useSession()?.passwordChangeRequired ?? false;
  return (
    <section className="page--narrow stack">
      <h1>{t('password.heading')}</h1>
      {required && (
        <div className="alert alert--warning" role="status" data-testid="password-required">
          <p>{t('password.requiredAfterReset')}</p>
        </div>
      )}
      <ChangePasswordForm onSuccess={() => navigate('/', { replace: true })} />
    </section>
  );
}
