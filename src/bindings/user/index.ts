// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UserConfig extends cdktf.TerraformMetaArguments {
  /**
  * Cell phone number (at most 30 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#cell_phone User#cell_phone}
  */
  readonly cellPhone?: string;
  /**
  * Id of the group (company) the user belongs to. When not set, Mojo Helpdesk chooses the account's default and the provider records its choice.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#company_id User#company_id}
  */
  readonly companyId?: number;
  /**
  * Email address of the user, unique within the account. Mojo Helpdesk cannot change it: a different email means a different user, so changing it replaces the user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#email User#email}
  */
  readonly email: string;
  /**
  * First name of the user (at most 45 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#first_name User#first_name}
  */
  readonly firstName?: string;
  /**
  * Home phone number (at most 30 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#home_phone User#home_phone}
  */
  readonly homePhone?: string;
  /**
  * Whether the user account is active. Defaults to true.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#is_active User#is_active}
  */
  readonly isActive?: boolean | cdktf.IResolvable;
  /**
  * Last name of the user (at most 45 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#last_name User#last_name}
  */
  readonly lastName?: string;
  /**
  * Password of the user, at least 8 characters (the default account policy; yours may ask for more). Write-only: never stored in plan or state. It is sent when the user is created and whenever password_version changes; changing only the password changes nothing. When never set, Mojo Helpdesk generates a password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#password User#password}
  */
  readonly password?: string;
  /**
  * Any label of the password (a counter, a date, the secret manager version); change it to send the password again. Needs password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#password_version User#password_version}
  */
  readonly passwordVersion?: string;
  /**
  * Role of the user: 10 regular user (the default), 15 restricted technician, 20 technician, 30 manager, 35 administrator, 40 account owner. Agents are the roles from 15 up.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#role_id User#role_id}
  */
  readonly roleId?: number;
  /**
  * Notes about the user.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#user_notes User#user_notes}
  */
  readonly userNotes?: string;
  /**
  * Work phone number (at most 30 characters).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#work_phone User#work_phone}
  */
  readonly workPhone?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user mojohelpdesk_user}
*/
export class User extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_user";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a User resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the User to import
  * @param importFromId The id of the existing User that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the User to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_user", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user mojohelpdesk_user} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UserConfig
  */
  public constructor(scope: Construct, id: string, config: UserConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_user',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._cellPhone = config.cellPhone;
    this._companyId = config.companyId;
    this._email = config.email;
    this._firstName = config.firstName;
    this._homePhone = config.homePhone;
    this._isActive = config.isActive;
    this._lastName = config.lastName;
    this._password = config.password;
    this._passwordVersion = config.passwordVersion;
    this._roleId = config.roleId;
    this._userNotes = config.userNotes;
    this._workPhone = config.workPhone;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // cell_phone - computed: false, optional: true, required: false
  private _cellPhone?: string; 
  public get cellPhone() {
    return this.getStringAttribute('cell_phone');
  }
  public set cellPhone(value: string) {
    this._cellPhone = value;
  }
  public resetCellPhone() {
    this._cellPhone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cellPhoneInput() {
    return this._cellPhone;
  }

  // company_id - computed: true, optional: true, required: false
  private _companyId?: number; 
  public get companyId() {
    return this.getNumberAttribute('company_id');
  }
  public set companyId(value: number) {
    this._companyId = value;
  }
  public resetCompanyId() {
    this._companyId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get companyIdInput() {
    return this._companyId;
  }

  // email - computed: false, optional: false, required: true
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // first_name - computed: false, optional: true, required: false
  private _firstName?: string; 
  public get firstName() {
    return this.getStringAttribute('first_name');
  }
  public set firstName(value: string) {
    this._firstName = value;
  }
  public resetFirstName() {
    this._firstName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firstNameInput() {
    return this._firstName;
  }

  // home_phone - computed: false, optional: true, required: false
  private _homePhone?: string; 
  public get homePhone() {
    return this.getStringAttribute('home_phone');
  }
  public set homePhone(value: string) {
    this._homePhone = value;
  }
  public resetHomePhone() {
    this._homePhone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get homePhoneInput() {
    return this._homePhone;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // is_active - computed: true, optional: true, required: false
  private _isActive?: boolean | cdktf.IResolvable; 
  public get isActive() {
    return this.getBooleanAttribute('is_active');
  }
  public set isActive(value: boolean | cdktf.IResolvable) {
    this._isActive = value;
  }
  public resetIsActive() {
    this._isActive = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isActiveInput() {
    return this._isActive;
  }

  // last_name - computed: false, optional: true, required: false
  private _lastName?: string; 
  public get lastName() {
    return this.getStringAttribute('last_name');
  }
  public set lastName(value: string) {
    this._lastName = value;
  }
  public resetLastName() {
    this._lastName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lastNameInput() {
    return this._lastName;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_version - computed: false, optional: true, required: false
  private _passwordVersion?: string; 
  public get passwordVersion() {
    return this.getStringAttribute('password_version');
  }
  public set passwordVersion(value: string) {
    this._passwordVersion = value;
  }
  public resetPasswordVersion() {
    this._passwordVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordVersionInput() {
    return this._passwordVersion;
  }

  // role_id - computed: true, optional: true, required: false
  private _roleId?: number; 
  public get roleId() {
    return this.getNumberAttribute('role_id');
  }
  public set roleId(value: number) {
    this._roleId = value;
  }
  public resetRoleId() {
    this._roleId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get roleIdInput() {
    return this._roleId;
  }

  // user_notes - computed: false, optional: true, required: false
  private _userNotes?: string; 
  public get userNotes() {
    return this.getStringAttribute('user_notes');
  }
  public set userNotes(value: string) {
    this._userNotes = value;
  }
  public resetUserNotes() {
    this._userNotes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get userNotesInput() {
    return this._userNotes;
  }

  // work_phone - computed: false, optional: true, required: false
  private _workPhone?: string; 
  public get workPhone() {
    return this.getStringAttribute('work_phone');
  }
  public set workPhone(value: string) {
    this._workPhone = value;
  }
  public resetWorkPhone() {
    this._workPhone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get workPhoneInput() {
    return this._workPhone;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      cell_phone: cdktf.stringToTerraform(this._cellPhone),
      company_id: cdktf.numberToTerraform(this._companyId),
      email: cdktf.stringToTerraform(this._email),
      first_name: cdktf.stringToTerraform(this._firstName),
      home_phone: cdktf.stringToTerraform(this._homePhone),
      is_active: cdktf.booleanToTerraform(this._isActive),
      last_name: cdktf.stringToTerraform(this._lastName),
      password: cdktf.stringToTerraform(this._password),
      password_version: cdktf.stringToTerraform(this._passwordVersion),
      role_id: cdktf.numberToTerraform(this._roleId),
      user_notes: cdktf.stringToTerraform(this._userNotes),
      work_phone: cdktf.stringToTerraform(this._workPhone),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      cell_phone: {
        value: cdktf.stringToHclTerraform(this._cellPhone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      company_id: {
        value: cdktf.numberToHclTerraform(this._companyId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      email: {
        value: cdktf.stringToHclTerraform(this._email),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      first_name: {
        value: cdktf.stringToHclTerraform(this._firstName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      home_phone: {
        value: cdktf.stringToHclTerraform(this._homePhone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      is_active: {
        value: cdktf.booleanToHclTerraform(this._isActive),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      last_name: {
        value: cdktf.stringToHclTerraform(this._lastName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_version: {
        value: cdktf.stringToHclTerraform(this._passwordVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      role_id: {
        value: cdktf.numberToHclTerraform(this._roleId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      user_notes: {
        value: cdktf.stringToHclTerraform(this._userNotes),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      work_phone: {
        value: cdktf.stringToHclTerraform(this._workPhone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
