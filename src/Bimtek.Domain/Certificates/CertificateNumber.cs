namespace Bimtek.Domain.Certificates;

/// <summary>An allocated certificate number and its verification code.</summary>
/// <param name="Number">The number, e.g. <c>0001/BDI-YOG/BIMTEK-NN-2020/2020</c>.</param>
/// <param name="VerificationCode">The verification code, e.g. <c>7K3Q-9XFD</c>.</param>
public sealed record CertificateNumber(string Number, string VerificationCode);
