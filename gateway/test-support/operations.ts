/** The GraphQL documents tests send, written once. */
export const startSignIn = `mutation StartSignIn($email: String!, $password: String!) {
  startSignIn(email: $email, password: $password) { challengeId maskedPhone expiresAt }
}`;

export const completeSignIn = `mutation CompleteSignIn($challengeId: ID!, $code: String!) {
  completeSignIn(challengeId: $challengeId, code: $code) { accessToken expiresAt idleTimeoutSeconds scope }
}`;

export const signOut = 'mutation { signOut }';

export const me = `{
  me {
    email firstName role maskedMobileNumber
    accounts { role status account { customerNumber segment subscriptions { kind phoneNumber assignedToMe } } }
  }
}`;

export interface SignInChallenge {
  challengeId: string;
  maskedPhone: string;
  expiresAt: string;
}

export interface MeAnswer {
  me: {
    email: string;
    role: string;
    maskedMobileNumber: string | null;
    accounts: {
      role: string;
      status: string;
      account: {
        customerNumber: string;
        subscriptions: { kind: string; phoneNumber: string | null; assignedToMe: boolean }[];
      };
    }[];
  };
}
