namespace Intake.Local.Azurite;

/// <summary>The PEM files of the certificate Azurite serves HTTPS with: the certificate and its private key.</summary>
public sealed record AzuriteCertificate(string CertificatePath, string KeyPath);
